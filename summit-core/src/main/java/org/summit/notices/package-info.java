/**
 * What summit-notifications wrote for people, shared by the two processes that use it: summit-notifications writes
 * the in-app notifications and e-mails from the events it consumes and sends the e-mails; summit-api lists them to
 * their recipients, marks them read, keeps each person's preferences, and lets organisers open the mailbox and retry
 * what could not be delivered. A person is keyed by their e-mail address in lower case ({@link Recipients#key}).
 */
package org.summit.notices;
