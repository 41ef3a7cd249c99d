"use strict";
// V8 settings for the command, set by bin/ziping.js before anything is loaded (and by bench/cli.ts on
// the bare exceljs read it compares ziping with in parallel).
//
// A review reads many small workbooks in a few seconds. Under V8's default tiering, TurboFan compiled
// some 390 functions in the background, each then used for a few milliseconds: a --jobs 1 review of
// 200 forms spent more CPU compiling than the compiled code saved (--trace-opt; issue 6). A larger
// interrupt budget leaves TurboFan only the code that is really hot: that review then took about a
// quarter less CPU and a tenth less time, one 100,000-row workbook a few percent more.
module.exports = ["--interrupt-budget=1000000"];
