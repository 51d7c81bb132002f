import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The planning regions and the organisations named in the programme's source documents
 * (press releases and project cards of the five regions' DI projects). Data, not demo:
 * every installation starts with it. Kept literal here so the migration never changes.
 */
const REGIONS: [code: string, lv: string, en: string][] = [
  ['KPR', 'Kurzemes plānošanas reģions', 'Kurzeme Planning Region'],
  ['LPR', 'Latgales plānošanas reģions', 'Latgale Planning Region'],
  ['RPR', 'Rīgas plānošanas reģions', 'Riga Planning Region'],
  ['VPR', 'Vidzemes plānošanas reģions', 'Vidzeme Planning Region'],
  ['ZPR', 'Zemgales plānošanas reģions', 'Zemgale Planning Region'],
];

/** Each planning region's own office, the employer of its coordinators. */
const REGION_OFFICES = REGIONS.map(([code, lv]) => [lv, 'planning_region_office', code, null] as const);

type OrganisationRow = readonly [name: string, type: string, regionCode: string, parentName: string | null];

const ORGANISATIONS: OrganisationRow[] = [
  ...REGION_OFFICES,
  ['VSAC "Latgale"', 'vsac', 'LPR', null],
  ['Kalkūni', 'vsac_branch', 'LPR', 'VSAC "Latgale"'],
  ['Kalupe', 'vsac_branch', 'LPR', 'VSAC "Latgale"'],
  ['Krastiņi', 'vsac_branch', 'LPR', 'VSAC "Latgale"'],
  ['Biedrība "Rīgas pilsētas "Rūpju bērns""', 'provider', 'RPR', null],
  ['Daugavpils pilsēta', 'municipality', 'LPR', null],
  ['Rēzeknes pilsēta', 'municipality', 'LPR', null],
  ['Aglonas novads', 'municipality', 'LPR', null],
  ['Baltinavas novads', 'municipality', 'LPR', null],
  ['Balvu novads', 'municipality', 'LPR', null],
  ['Dagdas novads', 'municipality', 'LPR', null],
  ['Daugavpils novads', 'municipality', 'LPR', null],
  ['Ilūkstes novads', 'municipality', 'LPR', null],
  ['Kārsavas novads', 'municipality', 'LPR', null],
  ['Krāslavas novads', 'municipality', 'LPR', null],
  ['Ludzas novads', 'municipality', 'LPR', null],
  ['Preiļu novads', 'municipality', 'LPR', null],
  ['Rēzeknes novads', 'municipality', 'LPR', null],
  ['Riebiņu novads', 'municipality', 'LPR', null],
  ['Rugāju novads', 'municipality', 'LPR', null],
  ['Vārkavas novads', 'municipality', 'LPR', null],
  ['Viļakas novads', 'municipality', 'LPR', null],
  ['Viļānu novads', 'municipality', 'LPR', null],
  ['Zilupes novads', 'municipality', 'LPR', null],
  ['Alojas novads', 'municipality', 'RPR', null],
  ['Ādažu novads', 'municipality', 'RPR', null],
  ['Baldones novads', 'municipality', 'RPR', null],
  ['Babītes novads', 'municipality', 'RPR', null],
  ['Carnikavas novads', 'municipality', 'RPR', null],
  ['Engures novads', 'municipality', 'RPR', null],
  ['Garkalnes novads', 'municipality', 'RPR', null],
  ['Ikšķiles novads', 'municipality', 'RPR', null],
  ['Inčukalna novads', 'municipality', 'RPR', null],
  ['Jaunpils novads', 'municipality', 'RPR', null],
  ['Jūrmalas pilsēta', 'municipality', 'RPR', null],
  ['Kandavas novads', 'municipality', 'RPR', null],
  ['Krimuldas novads', 'municipality', 'RPR', null],
  ['Ķeguma novads', 'municipality', 'RPR', null],
  ['Ķekavas novads', 'municipality', 'RPR', null],
  ['Lielvārdes novads', 'municipality', 'RPR', null],
  ['Limbažu novads', 'municipality', 'RPR', null],
  ['Mālpils novads', 'municipality', 'RPR', null],
  ['Mārupes novads', 'municipality', 'RPR', null],
  ['Ogres novads', 'municipality', 'RPR', null],
  ['Olaines novads', 'municipality', 'RPR', null],
  ['Ropažu novads', 'municipality', 'RPR', null],
  ['Salacgrīvas novads', 'municipality', 'RPR', null],
  ['Salaspils novads', 'municipality', 'RPR', null],
  ['Saulkrastu novads', 'municipality', 'RPR', null],
  ['Sējas novads', 'municipality', 'RPR', null],
  ['Stopiņu novads', 'municipality', 'RPR', null],
  ['Tukuma novads', 'municipality', 'RPR', null],
  ['Valmieras pilsēta', 'municipality', 'VPR', null],
  ['Vaiņodes novads', 'municipality', 'KPR', null],
];

export class ReferenceOrganisations1795340000001 implements MigrationInterface {
  name = 'ReferenceOrganisations1795340000001';

  async up(db: QueryRunner): Promise<void> {
    for (const [index, [code, lv, en]] of REGIONS.entries()) {
      await db.query('INSERT INTO planning_region (code, name_lv, name_en, position) VALUES ($1, $2, $3, $4)', [code, lv, en, index + 1]);
    }
    // Parents first, so that a branch can look its centre up by name.
    const ordered = [...ORGANISATIONS].sort((a, b) => Number(a[3] !== null) - Number(b[3] !== null));
    for (const [name, type, regionCode, parentName] of ordered) {
      await db.query(
        `INSERT INTO organisation (name, type, region_code, parent_id)
         VALUES ($1, $2, $3, (SELECT id FROM organisation WHERE name = $4 AND type = 'vsac'))`,
        [name, type, regionCode, parentName],
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [name, type, regionCode] of [...ORGANISATIONS].reverse()) {
      await db.query('DELETE FROM organisation WHERE name = $1 AND type = $2 AND region_code = $3', [name, type, regionCode]);
    }
    await db.query('DELETE FROM planning_region WHERE code = ANY($1)', [REGIONS.map(([code]) => code)]);
  }
}
