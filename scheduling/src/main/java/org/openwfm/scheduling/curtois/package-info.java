/**
 * The Curtois &amp; Qu (2014) employee shift scheduling benchmark: its instance format, its
 * objective and hard rules checked independently of the solver, and the roster CSV of a solution.
 */
package org.openwfm.scheduling.curtois;
