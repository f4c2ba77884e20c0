/**
 * Discrete-event simulation of a multichannel contact centre's routing engine (times in seconds).
 */
package org.openwfm.simulator.des;
