/**
 * The pages: the admin console ({@code /console/}, role admin) and the self-care pages
 * ({@code /selfcare/}, roles customer and account), Jakarta Faces views backed by the beans here. Every
 * bean acts through the application services the REST API uses, for the
 * {@link io.callrec.interfaces.security.CurrentCaller} of the request (resolved from the FORM login's
 * principal), so the pages apply the same access rules and no others. Each page bean's Javadoc names
 * the roles that reach its pages (web.xml's constraints decide; the services check again). Every label
 * and message comes from {@code messages.properties} beside these classes (a translation is a file).
 * The records the views read have getters as well: WildFly's Expression Language 5 does not read
 * record components.
 */
package io.callrec.interfaces.console;
