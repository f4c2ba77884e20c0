package org.openwfm.web.application.calendar;

/**
 * What an accepted Events CSV import did.
 *
 * @param events event lines written
 * @param replaced of those, events that replaced one with the same dates, kind, name and queue (e.g. a new factor)
 */
public record EventImportSummary(int events, int replaced) {}
