/**
 * History, events and forecast files: readers, the writer, and the day-by-slot grid the models work
 * on.
 */
package org.openwfm.forecasting.data;
