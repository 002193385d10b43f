/**
 * The login page's two inline scripts. Inline, because the page must work before (and without)
 * Next's scripts: the form is usable as soon as the HTML is parsed.
 */

/**
 * Before the first paint: the browser's dark mode when no theme was chosen, as Payload's
 * ThemeProvider does after hydration on its own pages (its `payload-theme` cookie wins).
 */
export const themeScript = (cookieName: string, configured: string) =>
  `(function(){var c=${JSON.stringify(configured)};if(c==='light'||c==='dark')return;` +
  `if(document.cookie.split('; ').some(function(r){return r.indexOf(${JSON.stringify(`${cookieName}=`)})===0}))return;` +
  `if(window.matchMedia&&matchMedia('(prefers-color-scheme: dark)').matches)document.documentElement.setAttribute('data-theme','dark')})()`

/**
 * Submits the form as Payload's own login form does: JSON to Payload's login endpoint (its
 * lockout, hooks and cookie unchanged), then to the (server-checked) redirect target; a refusal
 * shows Payload's message in the page's language. Listens on the document, so it works whether
 * or not React has hydrated the form.
 */
export const submitScript = `(function(){
document.addEventListener('submit',function(event){
  var form=event.target;
  if(!form||form.id!=='login-form')return;
  event.preventDefault();
  var alert=document.getElementById('login-error');
  var button=form.querySelector('button[type=submit]');
  var fail=function(message){alert.textContent=message||form.dataset.unknownError;alert.hidden=false;button.disabled=false;button.classList.remove('btn--disabled')};
  alert.hidden=true;button.disabled=true;button.classList.add('btn--disabled');
  fetch(form.action,{method:'POST',credentials:'include',headers:{'content-type':'application/json','accept-language':document.documentElement.lang},
    body:JSON.stringify({email:form.elements.email.value,password:form.elements.password.value})})
  .then(function(response){
    if(response.ok){window.location.assign(form.dataset.redirect);return}
    return response.json().then(function(body){fail(body&&(body.errors&&body.errors[0]&&body.errors[0].message||body.message))},function(){fail()})
  },function(){fail()});
});
})()`
