/** Exports of tables (forecasts, requirements, schedules, simulations) as CSV and Excel (.xlsx) files. */
package org.openwfm.web.infrastructure.export;
