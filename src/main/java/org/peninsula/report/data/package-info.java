/**
 * Input records of the charts: values only, validated on construction so bad numbers fail where
 * they are made rather than while drawing.
 */
package org.peninsula.report.data;
