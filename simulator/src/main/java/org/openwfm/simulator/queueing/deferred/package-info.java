/**
 * Deferred work (e-mail, social): staffing to a deadline with the backlog carried across intervals
 * and days.
 */
package org.openwfm.simulator.queueing.deferred;
