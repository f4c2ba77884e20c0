/**
 * Event effects learned from history (daily factor, neighbouring days, intraday shape) and outlier
 * days.
 */
package org.openwfm.forecasting.events;
