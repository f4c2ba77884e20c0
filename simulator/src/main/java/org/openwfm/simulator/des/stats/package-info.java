/**
 * Estimates over replications: means with 95% confidence intervals, per queue, group, day and
 * interval.
 */
package org.openwfm.simulator.des.stats;
