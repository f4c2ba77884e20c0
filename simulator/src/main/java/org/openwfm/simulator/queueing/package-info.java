/**
 * Analytic queueing models for staffing: exact Erlang B, C and A, staffing to service targets with
 * shrinkage, chat concurrency, and deferred work (e-mail, social) with deadlines and carried
 * backlog.
 */
package org.openwfm.simulator.queueing;
