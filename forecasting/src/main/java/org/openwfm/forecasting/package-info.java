/**
 * The forecasting engine of OpenWFM: plain Java, free of Jakarta EE, usable from the CLI, the
 * portal and tests.
 */
package org.openwfm.forecasting;
