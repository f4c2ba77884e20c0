/** The JSON problem format, the schedule CSV and the JSON score explanation. */
package org.openwfm.scheduling.io;
