/**
 * Forecasts in the portal: running the forecasting engine on the history and events in the database as a
 * background job, storing versions, overrides with reasons, accuracy against actuals, and history series for charts.
 */
package org.openwfm.web.application.forecast;
