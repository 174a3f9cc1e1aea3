// The demo's business: Saigon Auto, a car dealership in Ho Chi Minh City: its sales team, models, fleet accounts.

export const DEALERSHIP = 'Saigon Auto';
export const EMAIL_DOMAIN = 'saigon-auto.example';

/** Sales consultants and how many of the leads each one handles. */
export const OWNERS = ['Minh', 'Lan', 'Huy', 'Thảo', 'Quân'] as const;
export const OWNER_WEIGHTS = [30, 26, 20, 14, 10];

export const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
export const FAMILY_WEIGHTS = [38, 11, 9, 7, 5, 5, 4, 4, 4, 3, 3, 2, 2, 1, 1, 1];
export const MIDDLE_NAMES = ['Văn', 'Thị', 'Minh', 'Hoàng', 'Thanh', 'Ngọc', 'Quốc', 'Đức', 'Thu', 'Hải', 'Gia', 'Bảo', 'Kim', 'Anh'];
export const GIVEN_NAMES = [
  'An',
  'Bình',
  'Châu',
  'Dũng',
  'Giang',
  'Hà',
  'Hạnh',
  'Hiếu',
  'Hoa',
  'Hùng',
  'Khánh',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Phúc',
  'Phương',
  'Quang',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trang',
  'Tuấn',
  'Vy',
  'Yến',
  'Đạt',
  'Khoa',
  'Nhung',
  'Thắng',
  'Tú',
  'Việt',
];
/** Customers who use an English name (Việt Kiều, expatriates). */
export const ENGLISH_NAMES = [
  'David Tran',
  'Sarah Nguyen',
  'Michael Le',
  'Emma Pham',
  'Kevin Hoang',
  'Linda Vo',
  'Peter Dang',
  'Anna Bui',
  'James Wilson',
  'Sophie Martin',
];

export interface Model {
  name: string;
  /** List price in VND. */
  price: number;
}

export const MODELS: Model[] = [
  { name: 'City sedan', price: 560_000_000 },
  { name: 'Compact SUV', price: 720_000_000 },
  { name: '7-seat MPV', price: 820_000_000 },
  { name: 'Pickup', price: 860_000_000 },
  { name: 'Family SUV', price: 1_050_000_000 },
  { name: 'EV crossover', price: 1_250_000_000 },
  { name: 'Luxury sedan', price: 1_690_000_000 },
];
export const MODEL_WEIGHTS = [30, 22, 14, 10, 12, 8, 4];

/** Companies that buy cars by the dozen; the first ones buy the most (weights fall off like Zipf's law). */
export const FLEET_ACCOUNTS = [
  { name: 'Phương Nam Taxi', domain: 'phuongnamtaxi.example' },
  { name: 'Sao Mai Car Rental', domain: 'saomai-rental.example' },
  { name: 'Green Ride Logistics', domain: 'greenride.example' },
  { name: 'Bến Thành Limousine', domain: 'benthanh-limo.example' },
  { name: 'Hoàng Long Tours', domain: 'hoanglongtours.example' },
  { name: 'Vina Express Co.', domain: 'vinaexpress.example' },
  { name: 'Delta Agri JSC', domain: 'delta-agri.example' },
  { name: 'Đông Á Construction', domain: 'donga-construction.example' },
  { name: 'Sunrise Hotels Group', domain: 'sunrisehotels.example' },
  { name: 'Mekong Pharma', domain: 'mekongpharma.example' },
  { name: 'An Phát Security', domain: 'anphat-security.example' },
  { name: 'Lotus Travel', domain: 'lotustravel.example' },
];
