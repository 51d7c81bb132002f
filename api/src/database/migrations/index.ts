import { OrganisationStructure1795340000000 } from './1795340000000-organisation-structure';
import { ReferenceOrganisations1795340000001 } from './1795340000001-reference-organisations';
import { PeopleAndAccess1795340000002 } from './1795340000002-people-and-access';
import { MailOutbox1795340000003 } from './1795340000003-mail-outbox';
import { Groundwork1795340000004 } from './1795340000004-groundwork';
import { SessionLimits1795340000005 } from './1795340000005-session-limits';
import { LatvianCollation1795340000006 } from './1795340000006-latvian-collation';
import { CatalogueAndCalendar1795340000007 } from './1795340000007-catalogue-and-calendar';
import { SessionNotices1795340000008 } from './1795340000008-session-notices';
import { EnrolmentRules1795340000009 } from './1795340000009-enrolment-rules';
import { AttendanceAndCompletion1795340000010 } from './1795340000010-attendance-and-completion';
import { ReportTallies1795340000011 } from './1795340000011-report-tallies';
import { EsfParticipantData1795340000012 } from './1795340000012-esf-participant-data';

/** Every migration, in order. Listed as classes: file globs do not survive bundling. */
export const MIGRATIONS = [OrganisationStructure1795340000000, ReferenceOrganisations1795340000001, PeopleAndAccess1795340000002, MailOutbox1795340000003, Groundwork1795340000004, SessionLimits1795340000005, LatvianCollation1795340000006, CatalogueAndCalendar1795340000007, SessionNotices1795340000008, EnrolmentRules1795340000009, AttendanceAndCompletion1795340000010, ReportTallies1795340000011, EsfParticipantData1795340000012];
