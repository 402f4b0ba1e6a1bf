import t from 'tap';
import { assignThemes, compileThemes } from '../../src/ingest/themes.js';

const cues = compileThemes([
  { id: 'drugs', labelNl: 'Drugs', labelEn: 'Drugs', cues: ['drug*', 'cocaine', 'dealer*'] },
  { id: 'cameratoezicht', labelNl: 'Cameratoezicht', labelEn: 'CCTV', cues: ['*camera*', 'anpr', 'videobewaking'] },
  { id: 'infrastructuur', labelNl: 'Politie-infrastructuur', labelEn: 'Police buildings', cues: ['*kantoor', '*kantoren', 'commissariaat*'] },
  { id: 'samenwerking', labelNl: 'Samenwerking', labelEn: 'Cooperation', cues: ['samenwerk*', 'informatie-uitwisseling', 'onder een dak'] },
]);

const table: Array<[string, Array<[string, string[]]>]> = [
  ['De drugsbendes smokkelen cocaïne.', [['drugs', ['drugsbendes', 'cocaine']]]],
  ['De ANPR-camera’s en bewakingscamera’s', [['cameratoezicht', ['anprcamera', 'camera', 'bewakingscamera', 'anpr']]]],
  ['Twee nieuwe politiekantoren en een wijkcommissariaat.', [['infrastructuur', ['politiekantoren']]]],
  ['Alle diensten zitten onder één dak en werken samen.', [['samenwerking', ['onder een dak']]]],
  ['Een afwijking van de regel.', []],
];

for (const [text, expected] of table) {
  t.test(text, async (t) => {
    t.same(assignThemes(text, cues).map((m) => [m.themeId, m.cues]), expected);
  });
}
