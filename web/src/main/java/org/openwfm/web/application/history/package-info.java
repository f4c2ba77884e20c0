/** Import of contact history in the History CSV layout: validation report, all-or-nothing replacement. */
package org.openwfm.web.application.history;
