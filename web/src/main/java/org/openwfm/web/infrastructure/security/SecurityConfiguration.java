package org.openwfm.web.infrastructure.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.openwfm.web.domain.model.user.Role;

/**
 * The identity store: users and roles from the application's own tables, passwords checked against PBKDF2
 * hashes. A user's roles are returned as groups of the same name (mapped one to one in the EAR binding).
 */
@ApplicationScoped
@DeclareRoles({Role.Names.PLANNER, Role.Names.AGENT, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = "jdbc/wfm",
    callerQuery = "SELECT password_hash FROM app_user WHERE username = ? AND enabled = TRUE",
    groupsQuery =
        "SELECT r.role FROM app_user_role r JOIN app_user u ON u.id = r.user_id WHERE u.username = ?",
    hashAlgorithm = Pbkdf2PasswordHash.class,
    hashAlgorithmParameters = {
      PasswordHasher.ALGORITHM_PARAMETER,
      PasswordHasher.ITERATIONS_PARAMETER,
      PasswordHasher.SALT_PARAMETER,
      PasswordHasher.KEY_PARAMETER
    })
public class SecurityConfiguration {}
