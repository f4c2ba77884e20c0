/** Checks proposed shift swaps and give-aways against the hard rules and the coverage. */
package org.openwfm.scheduling.swap;
