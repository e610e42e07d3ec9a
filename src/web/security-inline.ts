// The only inline scripts the pages may carry; the Content-Security-Policy allows exactly these texts by hash.
// A view that writes an inline script takes its text from here, so the page and the policy cannot drift.

/** Search page: a new sort or page size applies at once (without script, the button does it). */
export const SEARCH_AUTOSUBMIT_SCRIPT = "document.querySelectorAll('#sort,#size').forEach(function(s){s.addEventListener('change',function(){s.form.submit()})})";

export const INLINE_SCRIPTS: readonly string[] = [SEARCH_AUTOSUBMIT_SCRIPT];
