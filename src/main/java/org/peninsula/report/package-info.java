/**
 * Reports: self-contained HTML files ({@link org.peninsula.report.HtmlReport}) built from charts
 * ({@link org.peninsula.report.chart}) fed with plain records ({@link org.peninsula.report.data}).
 * The package depends on no other project package, so commands adapt their statistics to these
 * records rather than the report layer knowing about the model.
 */
package org.peninsula.report;
