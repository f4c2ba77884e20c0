/**
 * Seeded, deterministic generator of a believable multichannel demo contact centre (sites, teams,
 * contracts, queues, agents, events, absences and a year of 15-minute history), plain Java so that
 * the start-up seeding bean, tests and the CSV export share it.
 */
package org.openwfm.web.infrastructure.demo;
