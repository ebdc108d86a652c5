// Find entities by pinyin, typed without tones or spaces (`baotou`, `liuhao`), or by initials (`bts`).
// param pinyin: baotou
WITH toLower(replace($pinyin, ' ', '')) AS q
MATCH (n:Entity)
WHERE n.pinyinPlain CONTAINS q OR n.pinyinInitials = q
RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.name AS name, n.pinyin AS pinyin, coalesce(n.aliases, []) AS aliases
ORDER BY size(n.name), name
