-- A phase's guiding questions: empty means "the defaults of the phase's kind" (shown at display
-- time). Phases created before this stored a copy of the defaults, so a phase whose kind was
-- later changed kept the old kind's questions. Rows holding exactly some kind's defaults go back
-- to empty; questions an administrator wrote are left alone.
UPDATE phase
SET guiding_questions = '{}'
WHERE guiding_questions = ARRAY['Kvaliteter, hva er bra', 'Hva finnes, gjøres, skjer', 'Utfordringer, bekymringer', 'Behov', 'Håp']::text[]
   OR guiding_questions = ARRAY['Hva oppleves viktigst og hvorfor', 'Muligheter', 'Tips, råd']::text[];
