package org.peninsula.model;

import java.io.Serializable;

/** A scripted event forced into a given month (0 is the scenario's first month). */
public record Inject(int month, InjectEvent event, String note) implements Serializable {}
