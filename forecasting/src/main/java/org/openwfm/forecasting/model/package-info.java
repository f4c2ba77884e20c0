/** Forecasting models behind the {@link org.openwfm.forecasting.model.ForecastModel} interface. */
package org.openwfm.forecasting.model;
