/* kansio-server-messages.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Written by build-aux/server-messages.py from data/sql; do not edit.
 * The fixed messages the database gives users, so that xgettext finds
 * them: kansio_database_error_get_reason () translates them.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-database-error-private.h"

/* One message a line, as the database writes it. */
/* clang-format off */
static const char *const server_messages[] = {
  N_ ("A case closes between its opening and today."),
  N_ ("A date given is outside the years 1850-2200."),
  N_ ("A day of receipt cannot be in the future or more than ten years ago."),
  N_ ("A decision's document is linked once the decision has been made."),
  N_ ("A main user may not grant rights to themselves."),
  N_ ("A number given is out of range."),
  N_ ("A payment order in a payment run is never changed or removed."),
  N_ ("A person with the same name and birth date is already registered."),
  N_ ("A person with this identity code is already registered."),
  N_ ("A postal code has five digits."),
  N_ ("A reason is at most 1000 characters."),
  N_ ("A recovery decision's document is linked once the recovery has been decided."),
  N_ ("A relation cannot end before it begins."),
  N_ ("A relation ends on a date after it began."),
  N_ ("A relation is guardian, spouse or household."),
  N_ ("A value given is too long."),
  N_ ("An application cannot be received in the future."),
  N_ ("An approved template version is never changed or removed."),
  N_ ("An office belongs to a county and a team to an office."),
  N_ ("Client data cannot be read after a change in the same transaction."),
  N_ ("Count 0 to 366 working days."),
  N_ ("Documents are made only from approved templates."),
  N_ ("First names are required."),
  N_ ("No person has this identity code."),
  N_ ("No such attachment in this application."),
  N_ ("No such case."),
  N_ ("No such client."),
  N_ ("No such decision."),
  N_ ("No such document."),
  N_ ("No such member in this application."),
  N_ ("No such recovery."),
  N_ ("No such template version."),
  N_ ("No such template."),
  N_ ("No such work-queue item."),
  N_ ("Only a decision-maker of this unit decides income support."),
  N_ ("Only a decision-maker of this unit decides recovery."),
  N_ ("Only a draft can be submitted for approval."),
  N_ ("Only a handler of this open case may make documents in it."),
  N_ ("Only a handler of this open income-support case may do this."),
  N_ ("Only a handler of this unit prepares recovery."),
  N_ ("Only a main user may approve templates."),
  N_ ("Only a main user may change income-support rates."),
  N_ ("Only a main user of this unit may grant rights."),
  N_ ("Only a main user of this unit may revoke rights."),
  N_ ("Only a version submitted for approval can be approved or returned."),
  N_ ("Only an application received or in processing is decided."),
  N_ ("Only auditors and main users may verify the logs."),
  N_ ("Only auditors may read the logs."),
  N_ ("Only caseworkers may look people up."),
  N_ ("Only caseworkers may search for clients."),
  N_ ("Only caseworkers may use emergency access."),
  N_ ("Only handlers may create people."),
  N_ ("Only income-support decision-makers make payment runs."),
  N_ ("Only income-support decision-makers read payment runs."),
  N_ ("Only main users and supervisors may list rights."),
  N_ ("Only the decision-maker who decided the recovery saves it as sent."),
  N_ ("Only the decision-maker who made the decision saves it as sent."),
  N_ ("Only users with an income-support right see its statistics."),
  N_ ("Only users with the letters handler right may edit templates."),
  N_ ("Recovery cannot exceed what is left of what was paid on the decision."),
  N_ ("Reports are made only from approved report templates."),
  N_ ("Say in words why you need the data: the reason must have at least two words."),
  N_ ("Someone else changed this application meanwhile."),
  N_ ("Someone else changed this client's data after you opened it."),
  N_ ("Someone else handled this item already."),
  N_ ("Someone else saved this template meanwhile."),
  N_ ("The case is already closed."),
  N_ ("The data was not accepted: it breaks a rule of the database."),
  N_ ("The decision was changed after you opened it."),
  N_ ("The decision's document has been linked already."),
  N_ ("The e-mail address is not valid."),
  N_ ("The household of a decided application does not change."),
  N_ ("The language must be fi or sv."),
  N_ ("The payments of a decided decision do not change."),
  N_ ("The payments would exceed the support decided."),
  N_ ("The phone number is not valid."),
  N_ ("The recovery decision's document has been linked already."),
  N_ ("The surname is required."),
  N_ ("This application is decided already."),
  N_ ("This case is not the client's."),
  N_ ("This decision has been made already."),
  N_ ("This payment run pays orders of units where you do not decide."),
  N_ ("This recovery has been decided already."),
  N_ ("This status cannot be set by hand: open the application again to see it."),
  N_ ("This template belongs to another service area."),
  N_ ("You have no case with this client. Use emergency access, with a reason, if you must see the client's data."),
  N_ ("You have used emergency access too often today. Your supervisor has been told; ask them for access."),
  N_ ("You may not change this client's data."),
  N_ ("You may not change this client's relations."),
  N_ ("You may not close this case."),
  N_ ("You may not open cases in this area and unit."),
  N_ ("You may not see this application."),
  N_ ("You may not see this case."),
  N_ ("You prepared this decision: another decision-maker must decide it."),
  N_ ("You prepared this recovery: another decision-maker must decide it."),
  N_ ("You wrote this version: another main user must approve it."),
};
/* clang-format on */

guint
_kansio_server_messages_get_count (void)
{
  return G_N_ELEMENTS (server_messages);
}
