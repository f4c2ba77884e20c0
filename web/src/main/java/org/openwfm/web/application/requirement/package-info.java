/**
 * Requirements: queue targets (edit and validation), shrinkage from HR data, and the agents required per queue
 * and interval of a forecast version, computed with the simulator module's staffing engine.
 */
package org.openwfm.web.application.requirement;
