-- The public form's submission as ONE statement (issue #20): `SELECT * FROM
-- submit_public_input(…)` is its own transaction, so a submission holds a pooled connection
-- for one round trip instead of BEGIN, three statements and COMMIT with the app's event loop
-- in between (under a burst that loop is busy, and every connection sat idle in a
-- transaction while 200 requests queued for ten of them). Everything the app decided — the
-- validated answers, the lemmas and screening, the receipt code, the rendered receipt e-mail —
-- comes in as arguments; what needs the live rows is decided here, in this order:
--   1. an input with this idempotency key is already stored: 'repeat' and its receipt, no hit counted;
--   2. one rate-limit hit for this client and form, only while the form and its process are open
--      (no hit: 'closed'); more than p_limit hits this window: 'rateLimited';
--   3. the honeypot was filled: 'ok' with a receipt code that is stored nowhere;
--   4. the input, ON CONFLICT DO NOTHING; nothing inserted means a concurrent resubmit committed
--      first ('repeat') or the receipt code collided ('collision': the app draws another) —
--      either way the hit is taken back (this transaction holds the rate-limit row's lock);
--   5. the contact row and the receipt e-mail with the input, when given.
-- src/features/inputs/submit-public-input.ts calls it; tests/integration/submit-path.test.ts
-- checks it is one statement and what each outcome leaves behind.
CREATE FUNCTION submit_public_input(
  p_row JSONB,              -- input columns by name (jsonb_populate_record)
  p_rate_key TEXT,
  p_window_start TIMESTAMPTZ,
  p_limit INTEGER,
  p_honeypot BOOLEAN,
  p_contact JSONB,          -- {name, email, phone} or NULL
  p_mail JSONB              -- outbox rows (features/mail/enqueue.ts's shape) or NULL
) RETURNS TABLE (outcome TEXT, receipt_code TEXT)
LANGUAGE plpgsql VOLATILE
AS $$
DECLARE
  r input := jsonb_populate_record(NULL::input, p_row);
  hits INTEGER;
  stored TEXT;
  new_id UUID;
BEGIN
  SELECT i.receipt_code INTO stored FROM input i WHERE i.idempotency_key = r.idempotency_key;
  IF FOUND THEN
    RETURN QUERY SELECT 'repeat'::text, stored;
    RETURN;
  END IF;

  INSERT INTO rate_limit AS l (key, window_start, count)
  SELECT p_rate_key, p_window_start, 1 FROM form f JOIN process p ON p.id = f.process_id
   WHERE f.id = r.form_id AND f.is_published AND p.status = 'PUBLISHED'
     AND (f.closes_at IS NULL OR f.closes_at > r.submitted_at) AND (f.opens_at IS NULL OR f.opens_at <= r.submitted_at)
  ON CONFLICT (key, window_start) DO UPDATE SET count = l.count + 1
  RETURNING l.count INTO hits;
  IF hits IS NULL THEN
    RETURN QUERY SELECT 'closed'::text, NULL::text;
    RETURN;
  END IF;
  IF hits > p_limit THEN
    RETURN QUERY SELECT 'rateLimited'::text, NULL::text;
    RETURN;
  END IF;
  IF p_honeypot THEN
    RETURN QUERY SELECT 'ok'::text, r.receipt_code;
    RETURN;
  END IF;

  INSERT INTO input (process_id, phase_id, form_id, text, category, channel, language, district_id, target_group_id,
                     age_min, age_max, answers, receipt_code, idempotency_key, submitted_at, citizen_id,
                     search_lemmas, flags, held_for_review, updated_at)
  VALUES (r.process_id, r.phase_id, r.form_id, r.text, r.category, r.channel, r.language, r.district_id, r.target_group_id,
          r.age_min, r.age_max, COALESCE(r.answers, '{}'), r.receipt_code, r.idempotency_key, r.submitted_at, r.citizen_id,
          COALESCE(r.search_lemmas, ''), COALESCE(r.flags, '{}'), COALESCE(r.held_for_review, false), r.submitted_at)
  ON CONFLICT DO NOTHING
  RETURNING id INTO new_id;
  IF new_id IS NULL THEN
    UPDATE rate_limit SET count = count - 1 WHERE key = p_rate_key AND window_start = p_window_start;
    SELECT i.receipt_code INTO stored FROM input i WHERE i.idempotency_key = r.idempotency_key;
    IF FOUND THEN
      RETURN QUERY SELECT 'repeat'::text, stored;
    ELSE
      RETURN QUERY SELECT 'collision'::text, NULL::text;
    END IF;
    RETURN;
  END IF;

  IF p_contact IS NOT NULL THEN
    INSERT INTO input_contact (input_id, name, email, phone, consent_at)
    SELECT new_id, COALESCE(c.name, ''), COALESCE(c.email, ''), COALESCE(c.phone, ''), r.submitted_at
      FROM jsonb_to_record(p_contact) AS c(name TEXT, email TEXT, phone TEXT);
  END IF;
  IF p_mail IS NOT NULL THEN
    INSERT INTO outbox_message (id, kind, recipient, locale, subject, text_body, html_body, attachments, unsubscribe_url, dedupe_key, process_id, user_id, input_id)
    SELECT m.id, m.kind::"MailKind", m.recipient, m.locale::"Locale", m.subject, m.text_body, m.html_body, COALESCE(m.attachments, '[]'),
           m.unsubscribe_url, m.dedupe_key, m.process_id, m.user_id, new_id
      FROM jsonb_to_recordset(p_mail) AS m(id UUID, kind TEXT, recipient TEXT, locale TEXT, subject TEXT, text_body TEXT, html_body TEXT,
                                          attachments JSONB, unsubscribe_url TEXT, dedupe_key TEXT, process_id UUID, user_id UUID)
     WHERE NOT EXISTS (SELECT 1 FROM mail_opt_out o WHERE o.address = m.recipient AND o.kind = m.kind::"MailKind")
    ON CONFLICT (dedupe_key) DO NOTHING;
  END IF;
  RETURN QUERY SELECT 'ok'::text, r.receipt_code;
END $$;
