/** Forecast versions: what a forecast run produced, or an earlier version with a planner's overrides applied. */
package org.openwfm.web.domain.model.forecast;
