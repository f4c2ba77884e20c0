/** Technical infrastructure: persistence, schema migration, security, start-up and demo data. */
package org.openwfm.web.infrastructure;
