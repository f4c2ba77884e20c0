package org.openwfm.scheduling.domain;

/** The part of an agent day that falls on one day (block of 96 slots) of the requirement grid. */
public record DaySlice(AgentDay agentDay, int gridDay) {}
