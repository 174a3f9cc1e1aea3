// npm start: the local preview (built in the sidebar/preview issue); until then, say so.
console.log('Built dist/. The local preview is not here yet: run `npm test` to exercise the add-on.');
