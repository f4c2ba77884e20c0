/**
 * Simulation of a schedule against a forecast version: the adapter from shifts, breaks, skills and forecast to
 * the discrete-event simulator's scenario, the replications with their confidence intervals, and the service
 * that runs them as a background job and stores the results.
 */
package org.openwfm.web.application.simulation;
