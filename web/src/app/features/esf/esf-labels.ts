import type { EsfIndicator } from '@di/contracts';

/** The questions, as a participant reads them. A Record, so a new indicator without words fails to compile. */
export const ESF_QUESTIONS: Record<EsfIndicator, string> = {
  gender: $localize`:@@esf.q.gender:Dzimums`,
  ageGroup: $localize`:@@esf.q.ageGroup:Vecums, uzsākot dalību`,
  labourMarketStatus: $localize`:@@esf.q.labourMarketStatus:Statuss darba tirgū`,
  educationLevel: $localize`:@@esf.q.educationLevel:Augstākā iegūtā izglītība`,
  disability: $localize`:@@esf.q.disability:Vai jums ir noteikta invaliditāte?`,
  migrantOrMinority: $localize`:@@esf.q.migrantOrMinority:Vai esat migrants, persona ar ārvalstu izcelsmi vai mazākumtautības pārstāvis?`,
  otherDisadvantaged: $localize`:@@esf.q.otherDisadvantaged:Vai esat cita nelabvēlīgā situācijā esoša persona?`,
  homeless: $localize`:@@esf.q.homeless:Vai esat bezpajumtnieks vai persona, kas atstumta no mājokļa?`,
};

export const ESF_ANSWERS: Record<string, string> = {
  female: $localize`:@@esf.a.female:Sieviete`,
  male: $localize`:@@esf.a.male:Vīrietis`,
  under_25: $localize`:@@esf.a.under25:Jaunāks par 25 gadiem`,
  from_25_to_54: $localize`:@@esf.a.from25to54:25–54 gadi`,
  over_54: $localize`:@@esf.a.over54:Vecāks par 54 gadiem`,
  employed: $localize`:@@esf.a.employed:Nodarbināts`,
  self_employed: $localize`:@@esf.a.selfEmployed:Pašnodarbināts`,
  unemployed: $localize`:@@esf.a.unemployed:Bezdarbnieks`,
  long_term_unemployed: $localize`:@@esf.a.longTermUnemployed:Ilgstošais bezdarbnieks`,
  inactive: $localize`:@@esf.a.inactive:Ekonomiski neaktīvs`,
  inactive_not_in_education: $localize`:@@esf.a.inactiveNotInEducation:Ekonomiski neaktīvs, nemācās`,
  isced_1_2: $localize`:@@esf.a.isced12:Pamatizglītība vai zemāka (ISCED 1–2)`,
  isced_3_4: $localize`:@@esf.a.isced34:Vidējā izglītība (ISCED 3–4)`,
  isced_5_8: $localize`:@@esf.a.isced58:Augstākā izglītība (ISCED 5–8)`,
  yes: $localize`:@@esf.a.yes:Jā`,
  no: $localize`:@@esf.a.no:Nē`,
  not_stated: $localize`:@@esf.a.notStated:Nevēlos norādīt`,
};
