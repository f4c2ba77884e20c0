package org.openwfm.scheduling.domain;

/** One slot in which a shift takes a seat at a site. */
public record OfficeSlot(Site site, int slot) {}
