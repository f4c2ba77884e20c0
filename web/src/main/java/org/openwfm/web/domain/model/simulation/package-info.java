/** Simulations of a schedule against a forecast version, with their estimates per queue and interval. */
package org.openwfm.web.domain.model.simulation;
