package org.placewise.server.internal;

import org.eclipse.net4j.util.security.IAuthenticator;
import org.placewise.server.UsersFile;

/**
 * Checks CDO logins against the {@link UsersFile}. Unknown user and wrong password get the same refusal so the message
 * does not tell an attacker which user names exist.
 */
public final class UsersFileAuthenticator implements IAuthenticator {
	private final UsersFile users;

	/**
	 * @param users the users file to check against
	 */
	public UsersFileAuthenticator(UsersFile users) {
		this.users = users;
	}

	@Override
	public void authenticate(String userID, char[] password) throws SecurityException {
		if (!users.verify(userID, password)) {
			throw new SecurityException("Login refused for user '" + userID + "': unknown user or wrong password");
		}
	}
}
