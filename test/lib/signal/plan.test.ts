import { groupBySchool, type SignalSchool } from "../../../src/lib/signal";

const a: SignalSchool = { id: "1", name: "A", email: "a@s.example.be" };
const b: SignalSchool = { id: "2", name: "B", email: "b@s.example.be", language: "fr" };
const emma = { firstName: "Emma", lastName: "Janssens", birthDate: "2015-03-12" };
const wout = { firstName: "Wout", lastName: "De Smet", birthDate: "2012-01-02" };
const fien = { firstName: "Fien", lastName: "De Smet", birthDate: "2017-05-06" };

describe("groupBySchool", () => {
  it("plans one message per school, listing only that school's children", () => {
    const plan = groupBySchool([
      { child: emma, school: a },
      { child: wout, school: b },
      { child: fien, school: a },
    ]);
    expect(plan.bySchool).toEqual([
      { school: a, children: [emma, fien] },
      { school: b, children: [wout] },
    ]);
    expect(plan.unassigned).toEqual([]);
  });

  it("keeps children without a school apart and lists a repeated child once", () => {
    const plan = groupBySchool([
      { child: emma, school: a },
      { child: { ...emma, firstName: " emma " }, school: a },
      { child: wout, school: null },
    ]);
    expect(plan.bySchool).toEqual([{ school: a, children: [emma] }]);
    expect(plan.unassigned).toEqual([wout]);
  });

  it("gives an empty plan for no children", () => {
    expect(groupBySchool([])).toEqual({ bySchool: [], unassigned: [] });
  });
});
