/** Absences of agents (sickness, vacation, ...) from which HR tracks absenteeism. */
package org.openwfm.web.domain.model.absence;
