/**
 * Named random streams with one substream per replication, and distributions that take the stream.
 */
package org.openwfm.simulator.des.random;
