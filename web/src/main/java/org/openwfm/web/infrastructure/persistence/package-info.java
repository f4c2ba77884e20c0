/** Repositories over JPA and plain JDBC for bulk data, and the Flyway schema migration. */
package org.openwfm.web.infrastructure.persistence;
