/**
 * Runnable benchmarks of the forecasting engine on the shared data sets and on seeded synthetic
 * queues.
 */
package org.openwfm.forecasting.benchmark;
