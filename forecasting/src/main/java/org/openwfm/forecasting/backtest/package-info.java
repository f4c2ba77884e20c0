/**
 * Rolling-origin back-testing, accuracy metrics (WAPE, MASE, bias) and calibration of prediction
 * intervals.
 */
package org.openwfm.forecasting.backtest;
