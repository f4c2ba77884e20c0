/** Contact history: offered, handled and abandoned contacts and AHT per queue and interval. */
package org.openwfm.web.domain.model.history;
