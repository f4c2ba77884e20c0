/** Background jobs: long runs (forecasts, schedules, simulations) with their state and progress. */
package org.openwfm.web.domain.model.job;
