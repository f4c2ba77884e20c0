/** What happens when the application starts: schema migration, the first administrator, demo data. */
package org.openwfm.web.infrastructure.startup;
